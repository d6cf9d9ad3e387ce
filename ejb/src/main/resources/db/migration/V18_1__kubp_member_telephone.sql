-- Issue 18: a member's telephone (the chair's is where meeting reminders go), in +62 form.
alter table kubp_group_member add column telephone varchar(16);
