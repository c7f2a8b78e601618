"""Hooks for scripts/schemathesis.sh (loaded through SCHEMATHESIS_HOOKS).

The evidence upload's file part lists the media types the server accepts (PDF, DOCX, XLSX, JPEG,
PNG); schemathesis has no serializer for them out of the box and gives up on the operation.
These strategies give it small bodies for each: a real minimal file, or a few arbitrary bytes,
which the server must refuse with a documented status (422), never a 5xx.
"""

import schemathesis
from hypothesis import strategies as st

MINIMAL = {
    "application/pdf": b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    "image/png": bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"),
    "image/jpeg": bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": b"PK\x03\x04" + b"\x00" * 26,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": b"PK\x03\x04" + b"\x00" * 26,
}

for media_type, sample in MINIMAL.items():
    schemathesis.openapi.media_type(media_type, st.just(sample) | st.binary(max_size=64))
