import { Alert } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { findLeadHolders, type LeadHolder } from './leads-api';

/**
 * 首报首谈 while typing: who registered the company first, asked once the name (and code) stop
 * changing for 400 ms. Nothing is asked for names shorter than two characters.
 */
export function useLeadHolders(companyName: string | undefined, creditCode: string | undefined) {
  const [term, setTerm] = useState({ companyName: '', creditCode: '' });
  const name = companyName?.trim() ?? '';
  const code = creditCode?.trim() ?? '';
  useEffect(() => {
    const timer = window.setTimeout(() => setTerm({ companyName: name, creditCode: code }), 400);
    return () => window.clearTimeout(timer);
  }, [name, code]);
  const isAsked = [...term.companyName].length >= 2;
  const holders = useApiQuery(
    (signal) =>
      isAsked
        ? findLeadHolders(
            {
              companyName: term.companyName,
              creditCode: term.creditCode.length === 18 ? term.creditCode : undefined,
            },
            signal,
          )
        : Promise.resolve([]),
    [term.companyName, term.creditCode, isAsked],
  );
  return { holders: isAsked ? (holders.data ?? []) : [], error: holders.error };
}

/** "该企业已由 X（部门）于 … 首报，按首报首谈原则由首报人跟进" */
export function HolderSentence({ holder }: { holder: LeadHolder }) {
  const { t } = useI18n();
  return (
    <span data-testid="lead-holder">
      {t('investment.duplicate.heldBy', {
        owner: holder.ownerName,
        department: holder.departmentName ?? t('investment.duplicate.noDepartment'),
        date: dayjs(holder.registeredAt).format('YYYY-MM-DD'),
      })}
      {holder.parkName ? t('investment.duplicate.park', { park: holder.parkName }) : ''}
    </span>
  );
}

/** The 首报首谈 warning: on the registration form before saving, and on a lead flagged as a later one. */
export function LeadDuplicateWarning({
  holder,
  isOwnLead,
  extra,
}: {
  holder: LeadHolder;
  /** The reader registered it first (the server refuses a second registration by the same officer). */
  isOwnLead?: boolean;
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Alert
      type={isOwnLead ? 'error' : 'warning'}
      showIcon
      title={isOwnLead ? t('investment.duplicate.ownTitle') : t('investment.duplicate.title')}
      description={
        <>
          {isOwnLead ? (
            <span data-testid="lead-holder">
              {t('investment.duplicate.own', { date: dayjs(holder.registeredAt).format('YYYY-MM-DD') })}
              <Link to={`/investment/${holder.leadId}`}> {t('investment.form.openMine')}</Link>
            </span>
          ) : (
            <HolderSentence holder={holder} />
          )}
          {extra && <div className="gx-investment-alert-extra">{extra}</div>}
        </>
      }
      data-testid="lead-duplicate-warning"
    />
  );
}
