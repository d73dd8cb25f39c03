"""The app's own threads: no native thread spins beside the window at its priority."""

import os
import subprocess
import sys


def test_importing_numpy_after_the_app_starts_no_blas_worker_thread() -> None:
    """numpy's OpenBLAS would start a worker per extra core (it spun after every small matrix
    product, at the window's priority); the app asks it for one thread, the caller's."""
    code = (
        "import os, simulator, numpy; numpy.ones((64, 64)) @ numpy.ones((64, 64)); "
        "print(len(os.listdir('/proc/self/task')))"
    )
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "1"
    without_app = code.replace("simulator, ", "")
    out = subprocess.run(
        [sys.executable, "-c", without_app], env=env, capture_output=True, text=True, check=True
    )
    if (os.cpu_count() or 1) > 1:  # without the app's setting it does start one (one core: none)
        assert int(out.stdout.strip()) > 1
