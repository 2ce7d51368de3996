"""Output folder names: from the school name, unique, given out in sorted-path order."""

from __future__ import annotations

from b1docs.batch import SchoolResult
from b1docs.batch.folders import assign_folders


def result(index: int, file: str, school: str = "", error: str = "") -> SchoolResult:
    documents = () if error else ("plan.docx",)
    return SchoolResult(index=index, file=file, school=school, benchmark1_status="achieved", error=error,
                        documents=documents)


def test_names_come_from_the_school_and_repeats_are_numbered() -> None:
    """Verify a shared name gets -2 and -3, a missing or unusable name falls back to the file name."""
    results = [
        result(0, "a/oakfield.xlsx", "Oakfield Academy"),
        result(1, "b/oakfield.xlsx", "OAKFIELD ACADEMY"),
        result(2, "c/Riverside School.xlsx", ""),
        result(3, "d/x.xlsx", "Oakfield Academy"),
        result(4, "e/!!!.xlsx", "!!!"),
        result(5, "f/broken.xlsx", error="damaged"),
        result(6, "g/riverside.xlsx", "Riverside School"),
    ]
    assert assign_folders(results) == {0: "oakfield-academy", 1: "oakfield-academy-2", 2: "riverside-school",
                                       3: "oakfield-academy-3", 4: "school", 6: "riverside-school-2"}


def test_names_do_not_depend_on_finishing_order() -> None:
    """Verify the same names come out whatever order the results arrive in."""
    results = [result(index, f"{index}.xlsx", "Same School") for index in range(5)]
    assert assign_folders(results) == assign_folders(list(reversed(results)))
    assert assign_folders(reversed(results))[0] == "same-school"


def test_names_cannot_escape_the_output_folder() -> None:
    """Verify a school name with slashes or a reserved Windows name stays one plain folder name."""
    names = assign_folders([result(0, "a.xlsx", "../../etc/passwd"), result(1, "b.xlsx", "CON")])
    assert names == {0: "etc-passwd", 1: "b-con"}


def test_a_school_with_some_documents_and_an_error_still_gets_its_folder() -> None:
    """Verify Word documents written before a later step failed (the PDFs, say) get a folder; none, no folder."""
    kept = SchoolResult(index=0, file="a.xlsx", school="Oakfield Academy", error="some documents could not be "
                        "written", documents=("plan.docx",))
    assert assign_folders([kept, result(1, "b.xlsx", "Oakfield Academy", error="damaged")]) == {
        0: "oakfield-academy"}
