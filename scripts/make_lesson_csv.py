"""Write assets/lessons/diabetes_synthetic.csv: a made-up, diabetes-like table of 8 numeric
features and a 0/1 outcome, for the tabular-classifier lesson. Deterministic (seeded); the
numbers are synthetic, not patients: plausible ranges, with an outcome that rises with glucose,
BMI, age and the pedigree score, and more steeply when several are high together.

    .venv/bin/python scripts/make_lesson_csv.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

ROWS = 600
SEED = 13
OUT = Path(__file__).resolve().parents[1] / "assets" / "lessons" / "diabetes_synthetic.csv"
COLUMNS = ("pregnancies", "glucose", "blood_pressure", "skin_thickness", "insulin", "bmi",
           "pedigree", "age", "outcome")


def main() -> None:
    rng = np.random.default_rng(SEED)
    age = np.clip(rng.gamma(2.2, 10.0, ROWS) + 21, 21, 81).round()
    pregnancies = np.clip(rng.poisson((age - 18) / 8.0), 0, 15)
    bmi = np.clip(rng.normal(32, 6.5, ROWS), 18, 60).round(1)
    glucose = np.clip(rng.normal(118, 28, ROWS) + 0.25 * (bmi - 32), 55, 199).round()
    blood_pressure = np.clip(rng.normal(70, 11, ROWS) + 0.15 * (age - 33), 40, 120).round()
    skin = np.clip(rng.normal(20, 9, ROWS) + 0.8 * (bmi - 32), 0, 60).round()
    insulin = np.clip(rng.lognormal(4.3, 0.6, ROWS) + 0.9 * (glucose - 118), 14, 600).round()
    pedigree = np.clip(rng.lognormal(-1.0, 0.55, ROWS), 0.08, 2.4).round(3)
    # the risk is not a straight line in the features: high glucose matters far more once the
    # BMI is high too, and age counts only past 40
    g, b = (glucose - 118) / 28, (bmi - 32) / 6.5
    risk = (1.6 * g + 0.5 * b + 1.4 * np.maximum(g, 0) * np.maximum(b, 0) + 0.05 * np.maximum(age - 40, 0)
            + 1.2 * (pedigree - 0.45) + 0.6 * np.maximum(-g, 0) * np.maximum(-b, 0) - 0.9)
    outcome = (rng.random(ROWS) < 1 / (1 + np.exp(-2.2 * risk))).astype(int)
    table = np.column_stack([pregnancies, glucose, blood_pressure, skin, insulin, bmi, pedigree, age, outcome])
    lines = [",".join(COLUMNS)]
    for row in table:
        lines.append(",".join(f"{v:g}" for v in row))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {ROWS} rows, {outcome.mean():.0%} with outcome 1")


if __name__ == "__main__":
    main()
