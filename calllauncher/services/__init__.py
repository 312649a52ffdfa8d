"""Services under the controller: tasks, credentials, settings, history, desktop glue."""
