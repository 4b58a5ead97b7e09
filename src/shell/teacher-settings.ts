/**
 * What follows a teacher from class to class: values in their own user properties
 * (PropertiesService.getUserProperties(), kept per person for this add-on; nobody else using the
 * file, students included, can read them), such as their comment bank.
 */

export function readTeacherSetting(key: string): string | null {
  return PropertiesService.getUserProperties().getProperty(key);
}

export function saveTeacherSetting(key: string, value: string): void {
  PropertiesService.getUserProperties().setProperty(key, value);
}
