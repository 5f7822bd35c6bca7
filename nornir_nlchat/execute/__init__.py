"""Running commands on devices: classification of failures and parsing of outputs."""
