import { TextField, type FieldErrors } from "~/components/forms";
import { accountText as at } from "~/i18n/account.en";
import { PASSWORD_MIN } from "./password-policy";

/** The new password and its confirmation, as on the change-password and set-password pages. */
export function NewPasswordFields({ errors }: { errors: FieldErrors }) {
  return (
    <>
      <TextField
        name="newPassword"
        label={at.change.next}
        hint={at.rules.hint(PASSWORD_MIN)}
        type="password"
        autoComplete="new-password"
        error={errors.newPassword}
      />
      <TextField name="confirmPassword" label={at.change.confirm} type="password" autoComplete="new-password" error={errors.confirmPassword} />
    </>
  );
}
