; Inno Setup 6 script for the Fieldsales desktop client (packaging/README.md).
;
; Build on Windows, after `pyinstaller packaging\fieldsales.spec` made dist\fieldsales\:
;   iscc /DAppVersion=0.1.0 packaging\windows\fieldsales.iss
;   iscc /DAppVersion=0.1.0 /DPreset=C:\rollout\preset.json packaging\windows\fieldsales.iss
;   iscc /DAppVersion=0.1.0 "/Ssigntool=signtool sign /fd sha256 /tr http://timestamp.example /td sha256 /a $f" /DSign packaging\windows\fieldsales.iss
; Silent install:    fieldsales-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG=install.log
; Silent uninstall:  "C:\Program Files\Fieldsales\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;                    (add /DELETEWORKSPACES to remove every user's workspace too; never the default)

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (the version in pyproject.toml)
#endif
#define DistDir "..\..\dist\fieldsales"

[Setup]
; Never change AppId: upgrades and the uninstaller find the installed copy by it.
AppId={{5B0E8F4C-2D4A-4E8B-9C61-7F3A2B9D1E05}
AppName=Fieldsales
AppVersion={#AppVersion}
AppVerName=Fieldsales {#AppVersion}
AppPublisher=Fieldsales
DefaultDirName={autopf}\Fieldsales
DefaultGroupName=Fieldsales
DisableProgramGroupPage=yes
; Machine-wide by default (the preset goes to ProgramData); /CURRENTUSER installs for one user.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=fieldsales-{#AppVersion}-setup
SetupIconFile=fieldsales.ico
UninstallDisplayIcon={app}\fieldsales.exe
UninstallDisplayName=Fieldsales {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#ifdef Preset
; The installer's preset, where the app looks for a machine-wide one. An edited
; preset on the machine is kept on upgrade only if the new build ships none.
Source: "{#Preset}"; DestDir: "{commonappdata}\Fieldsales"; DestName: "preset.json"; Flags: ignoreversion
#ifdef PresetLogo
Source: "{#PresetLogo}"; DestDir: "{commonappdata}\Fieldsales"; Flags: ignoreversion
#endif
#endif

[Icons]
Name: "{autoprograms}\Fieldsales"; Filename: "{app}\fieldsales.exe"
Name: "{autodesktop}\Fieldsales"; Filename: "{app}\fieldsales.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\fieldsales.exe"; Description: "{cm:LaunchProgram,Fieldsales}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program itself wrote beside it (none today); workspaces live in each
; user's %LOCALAPPDATA%\Fieldsales and are left alone unless asked, below.
Type: filesandordirs; Name: "{app}\__pycache__"

[Code]
{ Workspaces hold customer data that may not have synced yet: removing them is
  never the default. /DELETEWORKSPACES on the uninstaller's command line, or a
  "Yes" to the question in an interactive uninstall, removes the current user's
  workspace; other users' profiles are not touched. }
function DeleteWorkspacesAsked(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/DELETEWORKSPACES') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Workspace: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Workspace := ExpandConstant('{localappdata}\Fieldsales');
    if not DirExists(Workspace) then
      Exit;
    if DeleteWorkspacesAsked() or
       ((not UninstallSilent()) and
        (MsgBox('Also delete your Fieldsales workspace in ' + Workspace + '?' + #13#10 +
                'Anything not yet synced to the server will be lost.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES)) then
      DelTree(Workspace, True, True, True);
  end;
end;
