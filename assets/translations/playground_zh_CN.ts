<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The System&apos;s Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes the next time the app starts.</source>
        <translation>界面语言将在下次启动应用时更改。</translation>
    </message>
</context>
</TS>
