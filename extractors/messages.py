"""The one-line messages readers give for files they cannot read (Chinese first, English alongside)."""

from __future__ import annotations

from policy.problems import Problem


def not_found(name: str) -> Problem:
    return Problem("not_found", f"找不到文件：{name}", f"file not found: {name}")


def not_a_file(name: str) -> Problem:
    return Problem("not_a_file", f"这是文件夹，不是文件：{name}", f"this is a folder, not a file: {name}")


def empty(name: str) -> Problem:
    return Problem("empty", f"文件是空的：{name}", f"file is empty: {name}")


def too_large(name: str, size_mb: float, limit_mb: int) -> Problem:
    return Problem(
        "too_large",
        f"文件过大（{size_mb:.0f} MB，上限 {limit_mb} MB）：{name}",
        f"file too large ({size_mb:.0f} MB, limit {limit_mb} MB): {name}",
    )


def unsupported(name: str) -> Problem:
    return Problem(
        "unsupported",
        f"不支持的文件格式（支持 .docx .doc .wps .rtf .pdf .ofd .txt .md）：{name}",
        f"unsupported file format (.docx .doc .wps .rtf .pdf .ofd .txt .md are supported): {name}",
    )


def corrupt(name: str, detail: str = "") -> Problem:
    extra = f"（{detail}）" if detail else ""
    extra_en = f" ({detail})" if detail else ""
    return Problem(
        "corrupt",
        f"文件已损坏或不完整，无法读取{extra}：{name}",
        f"file is corrupt or truncated{extra_en}: {name}",
    )


def encrypted(name: str) -> Problem:
    return Problem(
        "encrypted",
        f"文件已加密或设有打开密码，请先在原软件中取消密码后再导入：{name}",
        f"file is encrypted or password-protected; remove the password first: {name}",
    )


def hostile(name: str, detail: str) -> Problem:
    return Problem(
        "hostile",
        f"文件结构异常，已拒绝读取（{detail}）：{name}",
        f"refused to read a file with an abnormal structure ({detail}): {name}",
    )


def no_text_layer(name: str) -> Problem:
    return Problem(
        "no_text_layer",
        f"文件没有文字层（扫描件或图片），需要先做文字识别（OCR），或手工填写信息：{name}",
        f"file has no text layer (scan or images); it needs OCR, or the fields filled in by hand: {name}",
    )


def timeout(name: str, seconds: float) -> Problem:
    return Problem(
        "timeout",
        f"读取超时（超过 {seconds:.0f} 秒），已中止：{name}",
        f"reading timed out after {seconds:.0f} s and was stopped: {name}",
    )


def out_of_memory(name: str, limit_mb: int) -> Problem:
    return Problem(
        "out_of_memory",
        f"读取所需内存超过上限（{limit_mb} MB），已中止：{name}",
        f"reading needed more than the memory limit ({limit_mb} MB) and was stopped: {name}",
    )


def no_libreoffice(name: str) -> Problem:
    return Problem(
        "no_libreoffice",
        "读取 .doc/.wps/.rtf 需要 LibreOffice，请安装："
        f"sudo apt-get install -y libreoffice-writer-nogui fonts-noto-cjk：{name}",
        "reading .doc/.wps/.rtf needs LibreOffice; install it with: "
        f"sudo apt-get install -y libreoffice-writer-nogui fonts-noto-cjk: {name}",
    )


def conversion_failed(name: str, detail: str) -> Problem:
    return Problem(
        "conversion_failed",
        f"LibreOffice 无法转换此文件（{detail}）：{name}",
        f"LibreOffice could not convert this file ({detail}): {name}",
    )


def reader_crashed(name: str) -> Problem:
    return Problem(
        "crashed",
        f"读取时解析程序异常退出，文件可能已损坏：{name}",
        f"the parser stopped unexpectedly; the file may be damaged: {name}",
    )
