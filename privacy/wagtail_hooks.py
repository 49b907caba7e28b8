from wagtail import hooks

ERASED = "Personal data erased after the retention period"
PRIVACY_LOG_ACTIONS = [
    ("representatives.withdraw", "Withdraw", "Withdrawn at the person's request; personal data erased"),
    ("stories.edit_by_person", "Edited by the person", "The person sent a new version"),
    ("stories.retention_erase", "Erase after retention period", ERASED),
    (
        "representatives.retention_erase",
        "Erase after retention period",
        "Personal data erased after the retention period",
    ),
    ("privacy.account_deleted", "Delete account", "The person deleted their account"),
]


@hooks.register("register_log_actions")
def register_privacy_log_actions(actions):
    for action, label, message in PRIVACY_LOG_ACTIONS:
        actions.register_action(action, label, message)
