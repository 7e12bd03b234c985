@echo off
rem gcm: check, render and compare the charters and workplans of UN migration networks.
rem
rem Runs the gcm command-line tool of this distribution on Java 17 or newer, found through JAVA_HOME
rem or else the PATH. JAVA_OPTS, if set, is passed to the Java virtual machine (for example
rem set JAVA_OPTS=-Xmx2g). Usage: gcm --help
setlocal

set "GCM_JAR=%~dp0..\lib\gcm-cli-@project.version@.jar"

if defined JAVA_HOME goto fromJavaHome
set "GCM_JAVA=java.exe"
where java.exe >nul 2>nul
if not errorlevel 1 goto checkVersion
echo gcm: no Java found: gcm needs Java 17 or newer; install one, then put its bin folder on the PATH or set JAVA_HOME to it 1>&2
exit /b 3

:fromJavaHome
set "GCM_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%GCM_JAVA%" goto checkVersion
echo gcm: JAVA_HOME is "%JAVA_HOME%", but it has no bin\java.exe: set JAVA_HOME to a Java 17 or newer, or unset it to use the java on the PATH 1>&2
exit /b 3

:checkVersion
set "GCM_JAVA_VERSION="
for /f "tokens=3" %%v in ('call "%GCM_JAVA%" -version 2^>^&1 ^| findstr /i /c:"version"') do set "GCM_JAVA_VERSION=%%~v"
set "GCM_JAVA_MAJOR="
for /f "delims=.-+_ tokens=1,2" %%a in ("%GCM_JAVA_VERSION%") do (
  set "GCM_JAVA_MAJOR=%%a"
  if "%%a"=="1" set "GCM_JAVA_MAJOR=%%b"
)
rem No message inside a parenthesised block: a path such as "Program Files (x86)" would end it.
if not defined GCM_JAVA_MAJOR goto unknownVersion
if %GCM_JAVA_MAJOR% LSS 17 goto tooOld
goto run

:unknownVersion
echo gcm: cannot tell the version of the Java at %GCM_JAVA%; gcm needs Java 17 or newer 1>&2
goto run

:tooOld
echo gcm: the Java at %GCM_JAVA% is version %GCM_JAVA_VERSION%, but gcm needs Java 17 or newer: set JAVA_HOME to a newer one 1>&2
exit /b 3

rem Start-up: on Java 19 or newer, the classes gcm loads come from a class-data-sharing archive that
rem the Java makes on the first run and makes again when the jar or the Java changes
rem (-XX:+AutoCreateSharedArchive), kept per gcm and Java version in %LOCALAPPDATA%\gcm\cache. Java 17
rem and 18 start without it; set GCM_CDS=off to turn it off; a cache folder that cannot be made is
rem passed over.
:run
if /i "%GCM_CDS%"=="off" goto plain
if not defined GCM_JAVA_MAJOR goto plain
if %GCM_JAVA_MAJOR% LSS 19 goto plain
if not defined LOCALAPPDATA goto plain
set "GCM_CACHE=%LOCALAPPDATA%\gcm\cache"
if not exist "%GCM_CACHE%\" mkdir "%GCM_CACHE%" >nul 2>nul
if not exist "%GCM_CACHE%\" goto plain
set "GCM_ARCHIVE=%GCM_CACHE%\gcm-@project.version@-java-%GCM_JAVA_VERSION%.jsa"
"%GCM_JAVA%" %JAVA_OPTS% -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%GCM_ARCHIVE%" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%GCM_JAR%" %*
exit /b %ERRORLEVEL%

:plain
"%GCM_JAVA%" %JAVA_OPTS% -jar "%GCM_JAR%" %*
exit /b %ERRORLEVEL%
