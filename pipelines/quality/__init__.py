"""Quality: Great Expectations suites generated from schemas/, run in DuckDB, German
reasons, quality history and publication holds, reports."""
