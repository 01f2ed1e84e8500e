"""解读 drafting aids: skeleton, suggestions per 要素, keywords, 新旧对照, 简明问答, originality, export."""
