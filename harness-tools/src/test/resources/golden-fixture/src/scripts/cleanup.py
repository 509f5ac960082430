import os
import shutil

# TODO: make the retention configurable
RETENTION_DAYS = 7


def cleanup(directory):
    for name in os.listdir(directory):
        if name.endswith(".tmp"):
            os.remove(os.path.join(directory, name))
    # FIXME: shutil is imported but unused
    return True
