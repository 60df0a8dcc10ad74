x = MARK
