import os
import subprocess
from os import system as run_shell
from subprocess import check_output


async def handler(cmd):
    subprocess.Popen(cmd)  # want "subprocess.Popen.*create_subprocess_exec"
    subprocess.run(cmd)  # want "subprocess.run"
    subprocess.call(cmd)  # want "subprocess.call"
    subprocess.check_call(cmd)  # want "subprocess.check_call"
    check_output(cmd)  # want "check_output\\(\\) \\(subprocess.check_output\\)"
    subprocess.getoutput(cmd)  # want "subprocess.getoutput"
    subprocess.getstatusoutput(cmd)  # want "subprocess.getstatusoutput"
    os.system(cmd)  # want "os.system"
    run_shell(cmd)  # want "os.system"
    os.popen(cmd)  # want "os.popen"
    os.posix_spawn("/bin/ls", [], {})  # want "os.posix_spawn"
    os.posix_spawnp("ls", [], {})  # want "os.posix_spawnp"
    os.spawnl(os.P_WAIT, "/bin/ls")  # want "os.spawnl"
    os.spawnvpe(os.P_NOWAIT, "ls", [], {})  # want "os.spawnvpe"
    os.wait()  # want "os.wait.*asyncio.to_thread"
    os.waitpid(0, 0)  # want "os.waitpid"
    os.wait3(0)  # want "os.wait3"
    os.wait4(0, 0)  # want "os.wait4"
    os.waitid(os.P_ALL, 0, os.WEXITED)  # want "os.waitid"
    os.getpid()
    os.fspath("x")
    subprocess.list2cmdline(cmd)
    proc = await asyncio.create_subprocess_exec("ls")
    await proc.wait()


import asyncio
