"""OpenPGP with Sequoia (pysequoia): keys, and later PGP/MIME encryption and signatures."""
