"""The one error a page can raise: it names the file and says why, in words a person understands, with a
code from REJECTION_CODES so that a build report can count rejections by kind."""

# The kinds of rejection (rejections.reason_code), each with the words the build summary uses for it.
REJECTION_CODES = {
    "unreadable": "could not be read",
    "folder": "a symbolic link to a folder (not followed)",
    "outside_link": "a symbolic link leading outside the raw folder (not read)",
    "not_a_page": "operating-system or editor litter, not a page",
    "bad_file_name": "a file name with control characters or bytes that are not UTF-8 (not read)",
    "unsupported_type": "not a .txt, .md or .html page, nor a web archive (.warc, .warc.gz)",
    "too_large": "too large for one news page",
    "binary": "binary data, not text",
    "encoding": "not text in a known encoding, or cut off inside a character",
    "empty": "empty",
    "no_text": "no article text after removing page furniture",
    "contract": "the page's own row breaks the data contract",
    "fault": "an unexpected fault of the pipeline (please report it)",
    "duplicate": "the same text as another file (published once)",
    "warc_revisit": "a web archive's revisit record (the page is in an earlier capture)",
    "warc_redirect": "a web archive's record of an HTTP redirect",
    "warc_http_error": "a web archive's record of an HTTP error",
    "warc_not_html": "a web archive's record that is not an HTML page",
    "bad_archive": "a damaged web archive (the pages before the damage are read)",
}


class InputError(ValueError):
    def __init__(self, file: str, reason: str, code: str):
        assert code in REJECTION_CODES, code
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason
        self.code = code
