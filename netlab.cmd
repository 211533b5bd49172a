@echo off
rem netlab launcher for Windows: builds netlab.jar with the Maven wrapper when it is missing or
rem older than the sources, then runs it with every argument given.
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%lab-scenarios\target\netlab.jar"

set "STALE="
if not exist "%JAR%" set "STALE=1"
if not defined STALE (
  for /f "usebackq delims=" %%F in (`powershell -NoProfile -Command "$jar = Get-Item -LiteralPath '%JAR%'; Get-ChildItem -LiteralPath '%ROOT%' -Recurse -File -Include *.java,*.yaml,*.properties,pom.xml | Where-Object { $_.FullName -notmatch '\\target\\' -and $_.LastWriteTime -gt $jar.LastWriteTime } | Select-Object -First 1 -ExpandProperty FullName"`) do set "STALE=1"
)

if defined STALE (
  echo netlab: building netlab.jar ^(first run or sources changed; this takes a minute^)... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -B -q -DskipTests package > "%TEMP%\netlab-build.log" 2>&1
  if errorlevel 1 (
    popd
    echo netlab: the build failed; see %TEMP%\netlab-build.log 1>&2
    exit /b 1
  )
  popd
)

set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" %NETLAB_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
