import { mountPage } from '../ui/mount';
import { CampaignPage } from './campaign';

void mountPage('campaign_page_title', ({ language }) => (
  <CampaignPage id={new URLSearchParams(location.search).get('id') ?? ''} language={language} />
));
