"""The sources findings cite, named once."""

YAODIAN = "《长江区2024年政务公开工作要点》（以下称《要点》）"  # the district notice in ../shared/seed/
INDICATORS = "《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）"
GB = "GB/T 9704-2012"
