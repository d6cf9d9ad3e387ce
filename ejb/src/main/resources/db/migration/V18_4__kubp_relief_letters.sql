-- Issue 18: relief letters to groups in a declared disaster area (500/0001/BENCANA-KUBP/2026).
INSERT INTO letter_series (code, title) VALUES
    ('KUBP_RELIEF_LETTER', 'Surat pemberitahuan keringanan angsuran KUBP karena bencana');
