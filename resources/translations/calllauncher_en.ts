<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Account</name>
    <message numerus="yes">
        <location filename="../../calllauncher/wording/sign_in.py" line="+228"/>
        <source>Signed in: the PBX accepted the key and secret and lists %n employees. Choose your extension, then Save.</source>
        <translation>
            <numerusform>Signed in: the PBX accepted the key and secret and lists %n employee. Choose your extension, then Save.</numerusform>
            <numerusform>Signed in: the PBX accepted the key and secret and lists %n employees. Choose your extension, then Save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../calllauncher/cli/commands.py" line="+320"/>
        <source>Signed in (%n employees).</source>
        <translation>
            <numerusform>Signed in (%n employee).</numerusform>
            <numerusform>Signed in (%n employees).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <location filename="../../calllauncher/wording/failures.py" line="+105"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>Too many requests to the PBX in a short time. Wait %n seconds and try again.</source>
        <translation>
            <numerusform>Too many requests to the PBX in a short time. Wait %n second and try again.</numerusform>
            <numerusform>Too many requests to the PBX in a short time. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <location filename="../../calllauncher/wording/calls.py" line="+65"/>
        <source>%n hours</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minutes</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seconds</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
