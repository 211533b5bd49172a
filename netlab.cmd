@echo off
rem netlab launcher for Windows. In the repository it builds netlab.jar with the Maven wrapper when
rem the jar is missing or older than the sources, then runs it with every argument given. In an
rem unpacked distribution (lib\netlab.jar and no pom.xml) it runs the jar: no build, only a JDK.
setlocal
set "ROOT=%~dp0"

if exist "%ROOT%lib\netlab.jar" if not exist "%ROOT%pom.xml" (
  set "JAR=%ROOT%lib\netlab.jar"
  goto run
)
set "JAR=%ROOT%lab-scenarios\target\netlab.jar"

rem Sources are what the bash launcher checks: pom.xml, */pom.xml and everything under */src/main.
rem Never runs\ (every run writes a scenario.yaml there) nor target\: they would rebuild every time.
set "STALE="
if not exist "%JAR%" set "STALE=1"
if not defined STALE (
  for /f "usebackq delims=" %%F in (`powershell -NoProfile -Command "$jar = (Get-Item -LiteralPath '%JAR%').LastWriteTime; $dirs = Get-ChildItem -LiteralPath '%ROOT%' -Directory; $files = @(Get-Item -LiteralPath '%ROOT%pom.xml') + @($dirs | ForEach-Object { Join-Path $_.FullName 'pom.xml' } | Where-Object { Test-Path -LiteralPath $_ } | Get-Item) + @($dirs | ForEach-Object { Join-Path $_.FullName 'src\main' } | Where-Object { Test-Path -LiteralPath $_ } | Get-ChildItem -Recurse -File); $files | Where-Object { $_.LastWriteTime -gt $jar } | Select-Object -First 1 -ExpandProperty FullName"`) do set "STALE=1"
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

:run
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if "%JAVA%"=="java" (
  where java >nul 2>nul
  if errorlevel 1 (
    echo netlab: no java found: install a JDK 17 or newer and put its bin folder on PATH, or set JAVA_HOME 1>&2
    exit /b 1
  )
)
"%JAVA%" %NETLAB_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
