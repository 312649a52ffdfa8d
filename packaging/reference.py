"""The size baseline: the smallest PySide6 window, frozen by calllauncher.spec --reference
with the app's own excludes and trimming (see packaging/README.md, "Size")."""

import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Hello")
label.show()
sys.exit(app.exec())
