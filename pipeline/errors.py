"""The one error a page can raise: it names the file and says why, in words a person understands."""


class InputError(ValueError):
    def __init__(self, file: str, reason: str):
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason
