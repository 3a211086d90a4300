import { onSettingsChanged } from '../runtime/settings-watch';
import { mountPage } from '../ui/mount';
import { Options } from './options';

const start = () => mountPage('optionsTitle', ({ settings }) => <Options initial={settings} />);

void start();
// Another language chosen in the options: render again in it.
onSettingsChanged(() => void start());
