//! Flowcharting importer (placeholder while the engine settles).
