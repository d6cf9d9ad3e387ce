-- issue 19: the district (kecamatan) an officer works in, beside her regency; optional, and one of
-- her regency's districts (checked by StaffAccountService against the region table).
ALTER TABLE app_user ADD COLUMN district_code VARCHAR(6);
ALTER TABLE app_user ADD CONSTRAINT app_user_district_fk FOREIGN KEY (district_code) REFERENCES region (code);
