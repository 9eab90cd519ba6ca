-- A man still on treatment has a course with no last dose yet. ongoing_patient_id repeats the patient id on
-- that course only: its unique constraint allows one ongoing course per patient (NULLs do not collide), and
-- the check keeps the two columns telling the same story.
alter table androgen_course alter column last_dose_on drop not null;
alter table androgen_course add column ongoing_patient_id bigint;
alter table androgen_course add constraint ck_course_ongoing check (
    (last_dose_on is null and ongoing_patient_id is not null and ongoing_patient_id = patient_id)
    or (last_dose_on is not null and ongoing_patient_id is null));
alter table androgen_course add constraint uk_course_one_ongoing unique (ongoing_patient_id);

-- Names are now transliterated to Latin letters for search (V10_1 recomputes them in Java). A transliteration
-- can be several times longer than the name (Щ becomes "shch", a Chinese character a whole syllable), and
-- Cyrillic and Greek names also keep a second, common English spelling.
alter table patient alter column search_name set data type varchar(1000);
