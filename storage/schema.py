"""The schema, as versioned migrations applied at start-up (one function per change, never edited
once released: a new change is a new function)."""

from __future__ import annotations

import string

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("policypress")


@migrations()
def m001_core(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE files (
            sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, format TEXT, first_name TEXT NOT NULL,
            stored_at TEXT NOT NULL
        );
        CREATE TABLE submissions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL, status TEXT NOT NULL,
            department TEXT, site_column TEXT,
            title TEXT, doc_number TEXT, issuer TEXT, year INTEGER,
            body_text TEXT NOT NULL DEFAULT '', interp_text TEXT NOT NULL DEFAULT '',
            extraction_status TEXT, extraction TEXT NOT NULL DEFAULT '{}',
            details TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        );
        CREATE INDEX submissions_status ON submissions(status, kind);
        CREATE INDEX submissions_year ON submissions(year);
        CREATE TABLE submission_files (
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL REFERENCES files(sha256),
            role TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (submission_id, sha256, role)
        );
        CREATE TABLE confirmations (
            id INTEGER PRIMARY KEY,
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            field TEXT NOT NULL, old_value TEXT, new_value TEXT, who TEXT NOT NULL, at TEXT NOT NULL
        );
        CREATE INDEX confirmations_submission ON confirmations(submission_id, field, id);
        CREATE TABLE interpretations (
            submission_id INTEGER PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
            content TEXT NOT NULL, updated_at TEXT NOT NULL
        );
        CREATE TABLE text_versions (
            id INTEGER PRIMARY KEY,
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            part TEXT NOT NULL, text TEXT NOT NULL, saved_at TEXT NOT NULL
        );
        CREATE INDEX text_versions_part ON text_versions(submission_id, part, id);
        CREATE TABLE links (
            from_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            to_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            PRIMARY KEY (from_id, to_id, kind)
        );
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            reviewer TEXT NOT NULL, role TEXT NOT NULL, decision TEXT NOT NULL, comment TEXT NOT NULL,
            at TEXT NOT NULL, content_sha256 TEXT NOT NULL
        );
        CREATE TABLE upload_log (
            id INTEGER PRIMARY KEY,
            submission_id INTEGER REFERENCES submissions(id) ON DELETE SET NULL,
            target TEXT NOT NULL, at TEXT NOT NULL, outcome TEXT NOT NULL, detail TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
            submission_id INTEGER, detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL, hash TEXT NOT NULL
        );
        """
    )


@migrations()
def m002_search(db: Database) -> None:
    """Full-text search for Chinese: FTS5 trigram over the submission's own columns (external
    content, so the text is stored once), kept in sync by triggers."""
    db.executescript(
        """
        CREATE VIRTUAL TABLE search_index USING fts5(
            title, doc_number, issuer, body_text, interp_text,
            content='submissions', content_rowid='id', tokenize='trigram'
        );
        CREATE TRIGGER submissions_ai AFTER INSERT ON submissions BEGIN
            INSERT INTO search_index(rowid, title, doc_number, issuer, body_text, interp_text)
            VALUES (new.id, new.title, new.doc_number, new.issuer, new.body_text, new.interp_text);
        END;
        CREATE TRIGGER submissions_ad AFTER DELETE ON submissions BEGIN
            INSERT INTO search_index(search_index, rowid, title, doc_number, issuer, body_text, interp_text)
            VALUES ('delete', old.id, old.title, old.doc_number, old.issuer, old.body_text, old.interp_text);
        END;
        CREATE TRIGGER submissions_au AFTER UPDATE OF title, doc_number, issuer, body_text, interp_text
        ON submissions BEGIN
            INSERT INTO search_index(search_index, rowid, title, doc_number, issuer, body_text, interp_text)
            VALUES ('delete', old.id, old.title, old.doc_number, old.issuer, old.body_text, old.interp_text);
            INSERT INTO search_index(rowid, title, doc_number, issuer, body_text, interp_text)
            VALUES (new.id, new.title, new.doc_number, new.issuer, new.body_text, new.interp_text);
        END;
        """
    )


@migrations()
def m003_search_short(db: Database) -> None:
    """Searches of 1–2 characters, which the trigram index cannot answer by itself: an index over
    what such a search reads of each row except the text itself (the listed columns, newest last,
    and the last two characters of the body and of the 解读, the only places where a 1–2 character
    string leaves no trace in the trigram vocabulary), and the trigram vocabulary as a table.

    Also: an UPDATE that sets the searched columns to the values they already hold no longer
    re-indexes the row (re-indexing tokenizes the whole body again)."""
    db.executescript(
        """
        CREATE INDEX submissions_search ON submissions(
            updated_at, id, title, doc_number, issuer, status, kind, year,
            substr(body_text, -2), substr(interp_text, -2)
        );
        CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, 'row');
        DROP TRIGGER submissions_au;
        CREATE TRIGGER submissions_au AFTER UPDATE OF title, doc_number, issuer, body_text, interp_text
        ON submissions
        WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.doc_number IS NOT new.doc_number
            OR old.issuer IS NOT new.issuer OR old.body_text IS NOT new.body_text
            OR old.interp_text IS NOT new.interp_text
        BEGIN
            INSERT INTO search_index(search_index, rowid, title, doc_number, issuer, body_text, interp_text)
            VALUES ('delete', old.id, old.title, old.doc_number, old.issuer, old.body_text, old.interp_text);
            INSERT INTO search_index(rowid, title, doc_number, issuer, body_text, interp_text)
            VALUES (new.id, new.title, new.doc_number, new.issuer, new.body_text, new.interp_text);
        END;
        """
    )


@migrations()
def m004_acceptances(db: Database) -> None:
    """A reviewer's explicit acceptance of a check finding, by the finding's stable id."""
    db.executescript(
        """
        CREATE TABLE acceptances (
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            finding_id TEXT NOT NULL, reviewer TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL,
            PRIMARY KEY (submission_id, finding_id)
        );
        """
    )


@migrations()
def m005_site_columns(db: Database) -> None:
    """The district's list of site columns (栏目, 类型, 最后更新日期) as last imported: what one
    clerk's library cannot see of the whole site, for the library-wide freshness check."""
    db.executescript(
        """
        CREATE TABLE site_columns (
            name TEXT PRIMARY KEY, column_type TEXT NOT NULL, last_updated TEXT,
            imported_at TEXT NOT NULL, source TEXT NOT NULL
        );
        """
    )


# The tokenizer of the per-character search tables (m006): every character but whitespace is a
# token character (the Unicode categories listed; no diacritic is removed; case is folded), and the
# text is indexed as ``pp_chars(text)`` (storage.library.index_chars: one token per character, a
# run of whitespace as the one token \x01), so that a phrase of characters matches exactly where
# the term is a substring of the text.
SEARCH_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S* Cc Cf Cn Cs'"


@migrations()
def m006_search_chars(db: Database) -> None:
    """Full-text search by characters instead of trigrams (5× faster to index, smaller, and 1–2
    character terms come from the index too): two FTS5 tables so that saving a 解读 does not
    re-index the body: ``search_doc`` (title, 文号, issuer, body) and ``search_interp`` (解读).
    Their external content is a view giving ``pp_chars(column)`` (a function every connection of
    the application registers), so the text itself is stored once, in ``submissions``; triggers
    keep them in sync, each only when its own columns change. The trigram index, its vocabulary and
    triggers go; the covering index for the newest-first order of short queries stays, without the
    text tails it held for the trigram index."""
    tokenize = SEARCH_TOKENIZER.replace("'", "''")
    db.executescript(
        f"""
        DROP TRIGGER IF EXISTS submissions_ai;
        DROP TRIGGER IF EXISTS submissions_ad;
        DROP TRIGGER IF EXISTS submissions_au;
        DROP TABLE IF EXISTS search_vocab;
        DROP TABLE IF EXISTS search_index;
        DROP INDEX IF EXISTS submissions_search;
        CREATE INDEX submissions_search ON submissions(
            updated_at, id, title, doc_number, issuer, status, kind, year
        );
        CREATE VIEW search_doc_text AS
            SELECT id, pp_chars(title) AS title, pp_chars(doc_number) AS doc_number,
                pp_chars(issuer) AS issuer, pp_chars(body_text) AS body_text
            FROM submissions;
        CREATE VIEW search_interp_text AS
            SELECT id, pp_chars(interp_text) AS interp_text FROM submissions;
        CREATE VIRTUAL TABLE search_doc USING fts5(
            title, doc_number, issuer, body_text,
            content='search_doc_text', content_rowid='id', detail='full', tokenize='{tokenize}'
        );
        CREATE VIRTUAL TABLE search_interp USING fts5(
            interp_text,
            content='search_interp_text', content_rowid='id', detail='full', tokenize='{tokenize}'
        );
        CREATE TRIGGER search_ai AFTER INSERT ON submissions BEGIN
            INSERT INTO search_doc(rowid, title, doc_number, issuer, body_text)
            VALUES (new.id, pp_chars(new.title), pp_chars(new.doc_number), pp_chars(new.issuer),
                pp_chars(new.body_text));
            INSERT INTO search_interp(rowid, interp_text) VALUES (new.id, pp_chars(new.interp_text));
        END;
        CREATE TRIGGER search_ad AFTER DELETE ON submissions BEGIN
            INSERT INTO search_doc(search_doc, rowid, title, doc_number, issuer, body_text)
            VALUES ('delete', old.id, pp_chars(old.title), pp_chars(old.doc_number), pp_chars(old.issuer),
                pp_chars(old.body_text));
            INSERT INTO search_interp(search_interp, rowid, interp_text)
            VALUES ('delete', old.id, pp_chars(old.interp_text));
        END;
        CREATE TRIGGER search_au_doc AFTER UPDATE OF id, title, doc_number, issuer, body_text ON submissions
        WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.doc_number IS NOT new.doc_number
            OR old.issuer IS NOT new.issuer OR old.body_text IS NOT new.body_text
        BEGIN
            INSERT INTO search_doc(search_doc, rowid, title, doc_number, issuer, body_text)
            VALUES ('delete', old.id, pp_chars(old.title), pp_chars(old.doc_number), pp_chars(old.issuer),
                pp_chars(old.body_text));
            INSERT INTO search_doc(rowid, title, doc_number, issuer, body_text)
            VALUES (new.id, pp_chars(new.title), pp_chars(new.doc_number), pp_chars(new.issuer),
                pp_chars(new.body_text));
        END;
        CREATE TRIGGER search_au_interp AFTER UPDATE OF id, interp_text ON submissions
        WHEN old.id IS NOT new.id OR old.interp_text IS NOT new.interp_text
        BEGIN
            INSERT INTO search_interp(search_interp, rowid, interp_text)
            VALUES ('delete', old.id, pp_chars(old.interp_text));
            INSERT INTO search_interp(rowid, interp_text) VALUES (new.id, pp_chars(new.interp_text));
        END;
        INSERT INTO search_doc(search_doc) VALUES ('rebuild');
        INSERT INTO search_interp(search_interp) VALUES ('rebuild');
        """
    )


@migrations()
def m007_config(db: Database) -> None:
    """The library's settings (``policy.config.LibraryConfig``), one row per key set by a clerk; a
    key without a row has its default."""
    db.executescript(
        """
        CREATE TABLE config (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);
        """
    )


@migrations()
def m008_review_and_bundles(db: Database) -> None:
    """Signing keys (own and trusted), frozen payloads, signed reviews per level, bundles made and
    received, and the per-file state of uploads (so an interrupted one resumes)."""
    db.executescript(
        """
        ALTER TABLE submissions ADD COLUMN author TEXT;
        UPDATE submissions SET author = (
            SELECT actor FROM audit_log a WHERE a.submission_id = submissions.id AND a.action = 'import'
            ORDER BY a.id LIMIT 1);
        CREATE TABLE keys (
            fingerprint TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, public_key TEXT NOT NULL,
            private_store TEXT, source TEXT NOT NULL, added_at TEXT NOT NULL
        );
        CREATE TABLE renditions (
            source_sha256 TEXT NOT NULL, kind TEXT NOT NULL, sha256 TEXT NOT NULL REFERENCES files(sha256),
            PRIMARY KEY (source_sha256, kind)
        );
        CREATE TABLE payloads (
            sha256 TEXT PRIMARY KEY, manifest TEXT NOT NULL, created_at TEXT NOT NULL
        );
        ALTER TABLE reviews ADD COLUMN level TEXT NOT NULL DEFAULT '初审';
        ALTER TABLE reviews ADD COLUMN payload_sha256 TEXT;
        ALTER TABLE reviews ADD COLUMN record TEXT;
        CREATE TABLE bundles (
            sha256 TEXT PRIMARY KEY,
            submission_id INTEGER REFERENCES submissions(id) ON DELETE SET NULL,
            index_number TEXT, payload_sha256 TEXT NOT NULL, kind TEXT NOT NULL, file_name TEXT NOT NULL,
            origin TEXT NOT NULL, at TEXT NOT NULL, content_sha256 TEXT
        );
        CREATE INDEX bundles_submission ON bundles(submission_id);
        CREATE INDEX bundles_index_number ON bundles(index_number);
        ALTER TABLE upload_log ADD COLUMN bundle_sha256 TEXT;
        ALTER TABLE upload_log ADD COLUMN bytes_sent INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE upload_files (
            bundle_sha256 TEXT NOT NULL, target TEXT NOT NULL, path TEXT NOT NULL,
            sha256 TEXT NOT NULL, size INTEGER NOT NULL, at TEXT NOT NULL,
            PRIMARY KEY (bundle_sha256, target, path)
        );
        """
    )


# The tokenizer of the search tables from m009: FTS5's ``ascii`` tokenizer (ASCII letters folded
# to lower case) with every ASCII punctuation character and ``\x01`` (a run of whitespace, see
# ``storage.library.index_chars``) as token characters; every non-ASCII character is one anyway.
# The text is indexed as ``pp_chars(text)``, one character per token as with m006's unicode61, which
# looked up every character's Unicode category and cost 0.6 s more per 10,000 submissions.
_TOKEN_PUNCTUATION = string.punctuation + "\x01"
SEARCH_TOKENIZER_M009 = "ascii tokenchars '" + _TOKEN_PUNCTUATION.replace("'", "''") + "'"


@migrations()
def m009_search_pending(db: Database) -> None:
    """Faster writes to the search index: rows inserted in a transaction are indexed when it
    commits, and the tokenizer is FTS5's ``ascii`` (``SEARCH_TOKENIZER_M009``).

    Writing an FTS5 table from a trigger makes every INSERT into ``submissions`` a statement with a
    statement journal, and FTS5 writes its in-memory terms to disk at each such savepoint: on
    SQLite 3.40 a bulk import spent more time there than in indexing (2,500 rows per transaction:
    7.0 s per 10,000 rows, against 4.3 s when the same rows are indexed by one INSERT … SELECT).
    So the insert trigger only notes the id in ``search_pending``; ``storage.search_index.flush``
    indexes the noted rows in one statement per table just before COMMIT (``Library.write``), in
    the same transaction. Updates and deletes of an indexed row still go through triggers at once
    (the old values are needed); a row still pending is simply indexed with its final values. A
    submission's id never changes (a trigger refuses it), so a pending id always names its row.

    Letters other than ASCII are no longer folded to lower case by the index (full-width Ｐ and ｐ
    differ), as the 1–2 character path, with SQLite's ``lower``, already did."""
    tokenize = SEARCH_TOKENIZER_M009.replace("'", "''")
    db.executescript(
        f"""
        DROP TRIGGER search_ai;
        DROP TRIGGER search_ad;
        DROP TRIGGER search_au_doc;
        DROP TRIGGER search_au_interp;
        DROP TABLE search_doc;
        DROP TABLE search_interp;
        CREATE VIRTUAL TABLE search_doc USING fts5(
            title, doc_number, issuer, body_text,
            content='search_doc_text', content_rowid='id', detail='full', tokenize='{tokenize}'
        );
        CREATE VIRTUAL TABLE search_interp USING fts5(
            interp_text,
            content='search_interp_text', content_rowid='id', detail='full', tokenize='{tokenize}'
        );
        CREATE TABLE search_pending (id INTEGER PRIMARY KEY);
        CREATE TRIGGER submissions_id_fixed BEFORE UPDATE OF id ON submissions
        WHEN old.id IS NOT new.id
        BEGIN
            SELECT RAISE(ABORT, 'a submission id never changes');
        END;
        CREATE TRIGGER search_ai AFTER INSERT ON submissions BEGIN
            INSERT OR IGNORE INTO search_pending(id) VALUES (new.id);
        END;
        CREATE TRIGGER search_ad AFTER DELETE ON submissions BEGIN
            INSERT INTO search_doc(search_doc, rowid, title, doc_number, issuer, body_text)
            SELECT 'delete', old.id, pp_chars(old.title), pp_chars(old.doc_number), pp_chars(old.issuer),
                pp_chars(old.body_text)
            WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE id = old.id);
            INSERT INTO search_interp(search_interp, rowid, interp_text)
            SELECT 'delete', old.id, pp_chars(old.interp_text)
            WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE id = old.id);
            DELETE FROM search_pending WHERE id = old.id;
        END;
        CREATE TRIGGER search_au_doc AFTER UPDATE OF title, doc_number, issuer, body_text ON submissions
        WHEN (old.title IS NOT new.title OR old.doc_number IS NOT new.doc_number
            OR old.issuer IS NOT new.issuer OR old.body_text IS NOT new.body_text)
            AND NOT EXISTS (SELECT 1 FROM search_pending WHERE id = old.id)
        BEGIN
            INSERT INTO search_doc(search_doc, rowid, title, doc_number, issuer, body_text)
            VALUES ('delete', old.id, pp_chars(old.title), pp_chars(old.doc_number), pp_chars(old.issuer),
                pp_chars(old.body_text));
            INSERT INTO search_doc(rowid, title, doc_number, issuer, body_text)
            VALUES (new.id, pp_chars(new.title), pp_chars(new.doc_number), pp_chars(new.issuer),
                pp_chars(new.body_text));
        END;
        CREATE TRIGGER search_au_interp AFTER UPDATE OF interp_text ON submissions
        WHEN old.interp_text IS NOT new.interp_text
            AND NOT EXISTS (SELECT 1 FROM search_pending WHERE id = old.id)
        BEGIN
            INSERT INTO search_interp(search_interp, rowid, interp_text)
            VALUES ('delete', old.id, pp_chars(old.interp_text));
            INSERT INTO search_interp(rowid, interp_text) VALUES (new.id, pp_chars(new.interp_text));
        END;
        INSERT INTO search_doc(search_doc) VALUES ('rebuild');
        INSERT INTO search_interp(search_interp) VALUES ('rebuild');
        """
    )
