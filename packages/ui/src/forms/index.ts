// `@kbc/ui/forms`: apart from the main entry point so that @angular/forms stays in the apps' lazy chunks.
export {
  FieldComponent,
  FieldControlDirective,
  FieldHintDirective,
  type ValidationMessages,
} from './field.component';
export { FormSubmission, type SendOptions } from './form-submission';
export { ANY_CODE_MESSAGES, APP_CODE_MESSAGES, anyCodeValidators, appCodeValidators, codeRequest } from './mfa-code';
export { MfaCodePageComponent } from './mfa-code-page.component';
export { SignInFormComponent } from './sign-in-form.component';
