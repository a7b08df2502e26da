"""The bucket-settings window: one page per setting of one bucket."""
