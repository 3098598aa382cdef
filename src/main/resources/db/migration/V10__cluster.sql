-- Two or more nodes on one database (a MariaDB Galera cluster included): every table has a primary
-- key and uses InnoDB, and nothing relies on GET_LOCK, which Galera refuses.

-- Work claimed by rows: an inbox file, a submission being archived or answered. A claim is won by the
-- INSERT of its key; it holds until released or until lease_until, then any node may take it over.
CREATE TABLE IF NOT EXISTS work_claim (
	claim_key VARCHAR(190) NOT NULL PRIMARY KEY,
	holder VARCHAR(100) NOT NULL,
	claimed_at DATETIME(6) NOT NULL,
	lease_until DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Spring Batch's parameters table has no primary key in the shipped schema; Galera replicates
-- DELETEs of rows without one badly and some setups (innodb_force_primary_key) refuse it.
-- A parameter name is unique within one execution.
ALTER TABLE BATCH_JOB_EXECUTION_PARAMS ADD PRIMARY KEY IF NOT EXISTS (JOB_EXECUTION_ID, PARAMETER_NAME);

-- Spring Batch's id sequences (already NOCACHE, which Galera requires): INCREMENT BY 0 makes each node
-- draw from its own auto_increment_offset, so two nodes creating jobs at once never conflict. On a
-- single server (auto_increment_increment 1) the numbers go on as before.
ALTER SEQUENCE IF EXISTS BATCH_STEP_EXECUTION_SEQ INCREMENT BY 0;
ALTER SEQUENCE IF EXISTS BATCH_JOB_EXECUTION_SEQ INCREMENT BY 0;
ALTER SEQUENCE IF EXISTS BATCH_JOB_INSTANCE_SEQ INCREMENT BY 0;

-- Failed sign-ins, counted in the database so that every node refuses the same account or address.
CREATE TABLE IF NOT EXISTS login_failure (
	kind VARCHAR(10) NOT NULL,
	login_key VARCHAR(100) NOT NULL,
	failures INT NOT NULL,
	first_failure DATETIME(3) NOT NULL,
	locked_until DATETIME(3),
	PRIMARY KEY (kind, login_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
