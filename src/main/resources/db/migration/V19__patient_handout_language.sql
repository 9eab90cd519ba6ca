-- The language a patient reads his handouts in, as the handout template set's name (a language tag such as
-- 'es' or 'pt-BR'); null until a clinician chooses one, when the practice's default language is offered.
alter table patient add column handout_language varchar(35);
