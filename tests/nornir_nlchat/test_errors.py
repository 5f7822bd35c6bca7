from nornir_nlchat import errors


def test_every_error_says_what_to_do() -> None:
    for name in errors.__all__:
        cls = getattr(errors, name)
        err = cls("Something broke.")
        assert isinstance(err, errors.NLChatError)
        assert err.hint and err.hint in str(err)
        assert str(err).startswith("Something broke.")


def test_explicit_hint_wins() -> None:
    err = errors.InventoryError("Bad.", hint="Do this.")
    assert str(err) == "Bad. Do this."
