import { mountPage } from '../ui/mount';
import { Library } from './library';

void mountPage('capture_library_title', () => <Library />);
