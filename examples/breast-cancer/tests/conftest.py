"""Lets the tests import train.py and evaluate.py from the project root, however pytest is started."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
