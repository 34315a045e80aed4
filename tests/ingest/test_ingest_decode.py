import pytest

from timeline.ingest.decode import UnreadableInput, decode


def test_utf8_with_and_without_a_byte_order_mark_reads_without_a_note():
    assert decode("Mosul – Ninawa".encode("utf-8")).text == "Mosul – Ninawa"
    assert decode(b"\xef\xbb\xbfMosul").text == "Mosul"
    assert decode(b"Mosul").note == ""


def test_other_encodings_fall_back_with_a_note():
    decoded = decode("Café “quoted”".encode("cp1252"))
    assert decoded.text == "Café “quoted”" and "Windows-1252" in decoded.note
    decoded = decode(b"caf\xe9 \x81")  # 0x81 is undefined in Windows-1252
    assert decoded.text == "café \x81" and "Latin-1" in decoded.note
    assert decode("Mosul".encode("utf-16")).text == "Mosul"


@pytest.mark.parametrize("data, kind", [(b"%PDF-1.7 ...", "PDF"), (b"text\x00more", "NUL"), (bytes(range(1, 9)) * 40, "control")])
def test_binary_data_is_refused_with_its_kind(data, kind):
    with pytest.raises(UnreadableInput, match=kind):
        decode(data)
