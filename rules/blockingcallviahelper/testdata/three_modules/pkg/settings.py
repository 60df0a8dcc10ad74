from .files import read_file


def load_settings():
    return read_file("settings.toml")
