from pkg.helpers import git_head, read_state


async def refresh():
    # The policy would say note and warning; the configured level wins.
    read_state()  # want note "read_state -> open"
    git_head()  # want note "git_head -> subprocess.check_output"
