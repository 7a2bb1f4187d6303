import type { zoneSettingsZh } from './messages.zh';

/** English UI text of 系统设置 (zone setup). */
export const zoneSettingsEn: Record<keyof typeof zoneSettingsZh, string> = {
  'zoneSettings.nav': 'Zone settings',
  'zoneSettings.title': 'Zone settings',
  'zoneSettings.hint':
    'The zone’s name and codes, departments, sub-parks and reporting calendar; every change is audited.',
  'zoneSettings.tab.zone': 'Zone',
  'zoneSettings.tab.departments': 'Departments',
  'zoneSettings.tab.parks': 'Sub-parks',
  'zoneSettings.tab.calendar': 'Reporting calendar',
  'zoneSettings.saved': 'Saved',
  'zoneSettings.conflict': 'Someone else changed this; the latest version is loaded, check it and save again',
  'zoneSettings.save': 'Save',
  'zoneSettings.cancel': 'Cancel',
  'zoneSettings.edit': 'Edit',
  'zoneSettings.retire': 'Retire',
  'zoneSettings.restore': 'Restore',
  'zoneSettings.retired': 'Retired',
  'zoneSettings.retiredAt': 'Retired {time}',
  'zoneSettings.code': 'Code',
  'zoneSettings.name': 'Name',
  'zoneSettings.sortOrder': 'Order',
  'zoneSettings.sortOrderHint': 'Smaller numbers come first',
  'zoneSettings.codeHint': 'Letters, digits, - or _, unique in the zone, e.g. JF',
  'zoneSettings.codeRequired': 'Enter a code',
  'zoneSettings.nameRequired': 'Enter a name',
  'zoneSettings.actions': 'Actions',
  'zoneSettings.showRetired': 'Retired ({count})',

  'zoneSettings.zone.name': 'Zone name',
  'zoneSettings.zone.namePlaceholder': 'e.g. Example High-tech Industrial Development Zone',
  'zoneSettings.zone.code': 'Zone code',
  'zoneSettings.zone.codeHint': 'A short code, unique in the installation, used in file names and the API',
  'zoneSettings.zone.division': 'Administrative division code',
  'zoneSettings.zone.divisionHint': 'The 6-digit GB/T 2260 code of the city or county, e.g. 510500',
  'zoneSettings.zone.amountUnit': 'Display unit of amounts',
  'zoneSettings.zone.amountUnitHint': 'Amounts are stored exactly; the unit only changes how they are shown',
  'zoneSettings.zone.scheduleBasis': 'Basis of the time schedule',
  'zoneSettings.zone.scheduleBasisHint':
    'How the share of the year elapsed is computed when progress meets the annual target',
  'zoneSettings.zone.basis.months': 'Months: months elapsed ÷ 12 (January–June is 50%)',
  'zoneSettings.zone.basis.days': 'Calendar days: days elapsed ÷ days in the year (January–June is 49.59%)',
  'zoneSettings.zone.defaultName':
    'The zone still has the default name 高新区 from installation; give it its own name and code.',

  'zoneSettings.departments.add': 'New department',
  'zoneSettings.departments.addTitle': 'New department',
  'zoneSettings.departments.editTitle': 'Edit department: {name}',
  'zoneSettings.departments.head': 'Head',
  'zoneSettings.departments.headHint':
    'One of the department’s active officers; alerted first when an appeal runs late',
  'zoneSettings.departments.noHead': 'None',
  'zoneSettings.departments.noOfficers':
    'The department has no officers yet; create their accounts under Users first',
  'zoneSettings.departments.members': 'People',
  'zoneSettings.departments.empty':
    'No departments yet. Every officer belongs to one: create the economic development bureau, the investment bureau and so on first.',
  'zoneSettings.departments.retireConfirm': 'Retire “{name}”?',
  'zoneSettings.departments.retireHint':
    'Its people and history stay, but it gets no new officers, appeals or help requests. You can restore it at any time.',
  'zoneSettings.departments.retiredNote':
    'Retired departments keep their people and history and take no new work.',

  'zoneSettings.parks.add': 'New sub-park',
  'zoneSettings.parks.addTitle': 'New sub-park',
  'zoneSettings.parks.editTitle': 'Edit sub-park: {name}',
  'zoneSettings.parks.outline': 'Outline (GeoJSON)',
  'zoneSettings.parks.outlineHint':
    'Upload a .geojson / .json file or paste GeoJSON: a Polygon or MultiPolygon (or a Feature / FeatureCollection of one), rings closed. The project map draws it.',
  'zoneSettings.parks.upload': 'Upload file',
  'zoneSettings.parks.clearOutline': 'Clear outline',
  'zoneSettings.parks.outlinePlaceholder':
    '{"type":"Polygon","coordinates":[[[0,0],[100,0],[100,80],[0,80],[0,0]]]}',
  'zoneSettings.parks.noOutline': 'No outline',
  'zoneSettings.parks.hasOutline': '{count} positions',
  'zoneSettings.parks.preview': 'Preview',
  'zoneSettings.parks.fileTooLarge': 'The file is too large (1 MB at most); simplify the outline first',
  'zoneSettings.parks.enterprises': 'Enterprises',
  'zoneSettings.parks.empty':
    'No sub-parks yet. Enterprises and the monthly figures are counted by sub-park: create at least one.',
  'zoneSettings.parks.retireConfirm': 'Retire “{name}”?',
  'zoneSettings.parks.retireHint':
    'Its enterprises and figures stay, but new enterprises cannot choose it. You can restore it at any time.',
  'zoneSettings.parks.retiredNote':
    'Retired sub-parks keep their enterprises and history and take no new records.',

  'zoneSettings.calendar.deadline': 'Filing deadline',
  'zoneSettings.calendar.deadlineHint':
    'Each month’s returns are due by day N of the next month; later ones are overdue on the filing board. The same setting as 经济运行’s deadline.',
  'zoneSettings.calendar.prefix': 'Day',
  'zoneSettings.calendar.suffix': 'of the next month',
  'zoneSettings.calendar.examples': 'With this setting, the next deadlines are:',
  'zoneSettings.calendar.example': '{period} returns → due {deadline}',

  'zoneSettings.checklist.title': 'First-run checklist',
  'zoneSettings.checklist.hint':
    'After these steps officers can register enterprises and file returns. The list hides itself when all are done.',
  'zoneSettings.checklist.progress': '{done} of {total} done',
  'zoneSettings.checklist.zoneNamed': 'Name the zone and set its code',
  'zoneSettings.checklist.departments': 'Create the departments',
  'zoneSettings.checklist.parks': 'Create the sub-parks',
  'zoneSettings.checklist.officer': 'Create the first officer',
  'zoneSettings.checklist.enterprises':
    'Import or register the first enterprises (done by officers in the registry)',
  'zoneSettings.checklist.go': 'Set up',
  'zoneSettings.checklist.done': 'Done',
};
