@echo off
rem The gcm command-line tool on Windows: check, render and compare the charters and workplans of UN
rem migration networks. Builds the tool with the Maven Wrapper (mvnw.cmd) when its jar is missing,
rem then runs it with JAVA_OPTS. After changing the sources, delete gcm-cli\target\gcm.jar (or run
rem mvnw.cmd package) to rebuild. Usage: gcm --help
setlocal

set "GCM_ROOT=%~dp0"
set "GCM_JAR=%GCM_ROOT%gcm-cli\target\gcm.jar"

if exist "%GCM_JAR%" goto findJava
echo gcm: building the command-line tool (mvnw.cmd package, about a minute the first time)... 1>&2
pushd "%GCM_ROOT%"
rem Build output goes to standard error, so that standard output is the command's alone.
call mvnw.cmd -B -q package -pl gcm-cli -am -DskipTests -Dexec.skip -Dassembly.skipAssembly -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -P !errorprone 1>&2
set "GCM_BUILD=%ERRORLEVEL%"
popd
if not "%GCM_BUILD%"=="0" (
  echo gcm: the build failed; run mvnw.cmd -B verify to see why 1>&2
  exit /b 3
)

:findJava
if defined JAVA_HOME (
  set "GCM_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "GCM_JAVA=java.exe"
)
rem C1 alone starts a short run fastest (see ./gcm); JAVA_OPTS comes after it and can override it.
"%GCM_JAVA%" -XX:TieredStopAtLevel=1 %JAVA_OPTS% -jar "%GCM_JAR%" %*
exit /b %ERRORLEVEL%
