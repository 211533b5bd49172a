@echo off
rem Windows smoke test of the netlab launcher: its help, a 2-second run of the clean scenario, and
rem a second call that must not rebuild because a run wrote files. Run it from anywhere, in the
rem repository or in an unpacked netlab zip:  scripts\windows-smoke.cmd
rem Exit code 0 when every step passed, 1 at the first failure, with that step's output shown.
setlocal
set "ROOT=%~dp0.."
set "NETLAB=%ROOT%\netlab.cmd"
set "LOG=%TEMP%\netlab-smoke-%RANDOM%%RANDOM%"
rem Under the root's runs\ on purpose: a launcher that took a run's scenario.yaml for a source
rem would rebuild on the next call, which step 3 catches.
set "OUT=%ROOT%\runs\windows-smoke-%RANDOM%%RANDOM%"

echo [1/3] netlab.cmd --help
call "%NETLAB%" --help > "%LOG%-help.txt" 2>&1
if errorlevel 1 goto fail_help
findstr /c:"Usage: netlab" "%LOG%-help.txt" >nul || goto fail_help

echo [2/3] netlab.cmd run clean --duration 2s
call "%NETLAB%" run clean --duration 2s --quiet --out "%OUT%" > "%LOG%-run.txt" 2>&1
if errorlevel 1 goto fail_run
if not exist "%OUT%\summary.json" goto fail_run
if not exist "%OUT%\report.html" goto fail_run

echo [3/3] a second call runs the same jar without building
call "%NETLAB%" --version > "%LOG%-again.txt" 2>&1
if errorlevel 1 goto fail_again
findstr /c:"building netlab.jar" "%LOG%-again.txt" >nul && goto fail_again

echo netlab smoke test passed; the run is in %OUT%
exit /b 0

:fail_help
echo FAILED: netlab.cmd --help did not print the usage; its output: 1>&2
type "%LOG%-help.txt" 1>&2
exit /b 1

:fail_run
echo FAILED: netlab.cmd run clean --duration 2s did not write summary.json and report.html into %OUT%; its output: 1>&2
type "%LOG%-run.txt" 1>&2
exit /b 1

:fail_again
echo FAILED: the second call rebuilt netlab.jar or failed; its output: 1>&2
type "%LOG%-again.txt" 1>&2
exit /b 1
