-- The access module: user accounts, API tokens (stored as SHA-256 hashes) and the access audit.
CREATE SCHEMA access;

CREATE TABLE access.user_account (
    id            uuid         PRIMARY KEY,
    username      varchar(64)  NOT NULL UNIQUE,
    display_name  varchar(200) NOT NULL,
    password_hash varchar(500) NOT NULL,
    roles         text[]       NOT NULL DEFAULT '{}',
    state_code    char(3),
    enabled       boolean      NOT NULL DEFAULT true,
    clearance     varchar(16)  NOT NULL DEFAULT 'PUBLIC',
    compartments  text[]       NOT NULL DEFAULT '{}',
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CONSTRAINT user_account_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    CONSTRAINT user_account_known_roles
        CHECK (roles <@ ARRAY['SECRETARIAT', 'DELEGATION', 'REGISTRAR', 'ADMIN']::text[]),
    CONSTRAINT user_account_delegation_has_one_state
        CHECK (('DELEGATION' = ANY (roles)) = (state_code IS NOT NULL)),
    CONSTRAINT user_account_state_code_format CHECK (state_code ~ '^[A-Z]{3}$'),
    CONSTRAINT user_account_known_clearance
        CHECK (clearance IN ('PUBLIC', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'))
);

CREATE TABLE access.api_token (
    id           uuid         PRIMARY KEY,
    user_id      uuid         NOT NULL REFERENCES access.user_account (id),
    name         varchar(100) NOT NULL,
    token_hash   char(64)     NOT NULL UNIQUE,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(64)  NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(64)
);

CREATE INDEX api_token_user ON access.api_token (user_id);

CREATE TABLE access.audit_entry (
    id             bigserial     PRIMARY KEY,
    at             timestamptz   NOT NULL,
    username       varchar(64)   NOT NULL,
    action         varchar(32)   NOT NULL,
    method         varchar(16),
    path           varchar(2000),
    status         integer,
    object_ref     varchar(500),
    remote_address varchar(100)
);

CREATE INDEX audit_entry_at ON access.audit_entry (at);
CREATE INDEX audit_entry_username ON access.audit_entry (username, id);

-- The audit is append-only: nothing may change or remove an entry.
CREATE FUNCTION access.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access.audit_entry is append-only';
END;
$$;

CREATE TRIGGER audit_entry_is_append_only
    BEFORE UPDATE OR DELETE ON access.audit_entry
    FOR EACH ROW EXECUTE FUNCTION access.refuse_audit_change();
