; Inno Setup 6 script for CallLauncher on Windows (x64).
;
; Build on Windows, from the repository root:
;   .venv\Scripts\python -m PyInstaller --noconfirm packaging\calllauncher.spec
;       (writes dist\calllauncher\ and, from pyproject.toml, build\windows\version.iss)
;   iscc packaging\windows\calllauncher.iss
;       -> dist\calllauncher-<version>-setup.exe
;
; Installs per user by default (no administrator needed; the wizard offers "all users").
; tel: and callto: are registered the way Windows 10/11 expects: a ProgID per scheme plus
; Capabilities\URLAssociations under RegisteredApplications, so CallLauncher is offered the
; first time a tel: link is clicked and listed in Settings > Default apps. Windows does not
; let an installer take the default silently; the last page offers to open that setting.
; Uninstall removes every key and value written here (and the per-user tel:/callto: keys
; "calllauncher --register" may have pointed at the app) and the program folder; the user's
; settings, history and keyring entry stay (a reinstall picks them up).

#include "..\..\build\windows\version.iss"
#define AppPublisher "CallLauncher authors"
; AppName, AppKey, ProgId, the version: from calllauncher/identity.py (version.iss).

[Setup]
AppId={{6F4B6F0E-3C1B-4D59-9B8E-0C7E2A51CA11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=calllauncher-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\calllauncher.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running CallLauncher (it lives in the tray) is closed for the update and restarted.
CloseApplications=yes
RestartApplications=yes
ChangesAssociations=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"

[CustomMessages]
en.StartAtLogin=Start CallLauncher in the tray when I sign in
uk.StartAtLogin=Запускати CallLauncher у треї під час входу
en.OpenDefaultApps=Choose CallLauncher for tel: and callto: links (opens Windows Settings)
uk.OpenDefaultApps=Вибрати CallLauncher для посилань tel: і callto: (відкриває Параметри Windows)
en.TelLink=Phone call link (CallLauncher)
uk.TelLink=Посилання для дзвінка (CallLauncher)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "startatlogin"; Description: "{cm:StartAtLogin}"; Flags: unchecked

[Files]
Source: "..\..\dist\calllauncher\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; Start at login: the same Run value the app's own setting uses, so the two agree.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppKey}"; ValueData: """{app}\{#AppExeName}"" --minimized"; Tasks: startatlogin; Flags: uninsdeletevalue

; The ProgID Windows starts CallLauncher through for a link. Names, the Capabilities path
; and the Run value match calllauncher/services/desktop/windows.py, so "calllauncher --register" /
; "--unregister" and this installer manage the same keys.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:TelLink}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

; Capabilities: what the app can handle, announced through RegisteredApplications.
Root: HKA; Subkey: "Software\{#AppKey}"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\{#AppKey}\Capabilities"; ValueType: string; ValueName: "ApplicationName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\{#AppKey}\Capabilities"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Click-to-call for the Binotel PBX"
Root: HKA; Subkey: "Software\{#AppKey}\Capabilities"; ValueType: string; ValueName: "ApplicationIcon"; ValueData: """{app}\{#AppExeName}"",0"
Root: HKA; Subkey: "Software\{#AppKey}\Capabilities\URLAssociations"; ValueType: string; ValueName: "tel"; ValueData: "{#ProgId}"
Root: HKA; Subkey: "Software\{#AppKey}\Capabilities\URLAssociations"; ValueType: string; ValueName: "callto"; ValueData: "{#ProgId}"
Root: HKA; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "{#AppKey}"; ValueData: "Software\{#AppKey}\Capabilities"; Flags: uninsdeletevalue

; Nothing else: preferences are INI files (QSettings) in the user's own folders.

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
Filename: "{code:DefaultAppsUri}"; Description: "{cm:OpenDefaultApps}"; Flags: shellexec nowait postinstall skipifsilent unchecked

[UninstallDelete]
; Anything the app or PyInstaller left in its own folder (e.g. a __pycache__).
Type: filesandordirs; Name: "{app}"

[Code]
// Settings > Default apps, opened on CallLauncher's own page (per-user or all-users install).
function DefaultAppsUri(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := 'ms-settings:defaultapps?registeredAppMachine={#AppKey}'
  else
    Result := 'ms-settings:defaultapps?registeredAppUser={#AppKey}';
end;

// Uninstall also undoes "calllauncher --register", which (per user) points the tel: and
// callto: keys themselves at the app: removed only while they still point at CallLauncher.
procedure RemoveOwnSchemeKey(Root: Integer; Scheme: String);
var
  Command: String;
begin
  if RegQueryStringValue(Root, 'Software\Classes\' + Scheme + '\shell\open\command', '', Command)
     and (Pos('calllauncher', Lowercase(Command)) > 0) then
    RegDeleteKeyIncludingSubkeys(Root, 'Software\Classes\' + Scheme);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
  begin
    RemoveOwnSchemeKey(HKCU, 'tel');
    RemoveOwnSchemeKey(HKCU, 'callto');
  end;
end;
