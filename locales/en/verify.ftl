# The CV verification page (ui/verify.html): an employer checks the signed credential on a
# Mosaic CV, offline, from a QR code, a file or a pasted text.

verify-title = Check a CV credential
verify-intro = A Mosaic CV carries a signed credential in its QR code and in its PDF file. This page checks it on this device: nothing you paste or pick is sent anywhere.
verify-language = Language
verify-paste-label = Text from the CV's QR code (it starts with MV1: or MVD1:)
verify-check = Check
verify-file-label = Or pick a file: the CV itself (PDF) or a text file with the scanned code
verify-checking = Checking…
verify-ok-title = Verified
verify-ok-body = Every signature on this credential verifies, and every confirmation matches the claim it is attached to.
verify-bad-title = Rejected
verify-bad-body = Do not rely on this credential. Reason: { $reason }
verify-detail = Technical detail (English)
verify-holder = Holder
verify-fingerprint = Signed by the key with fingerprint
verify-issued = Issued on
verify-claims = Claims: { $n }
verify-own-word = The holder's own word: no one else vouches for it.
verify-confirmation = { $kind } by { $name } ({ $role }), key { $fingerprint }
verify-attendance = Attendance confirmed by { $organiser }, key { $fingerprint }: { $event }, { $date }, { $hours } h
verify-digest-title = Signed digest verified
verify-digest-body = This CV was issued with credential { $sha }, { $n } claims, signed by key { $fingerprint }. To see the claims, pick the CV's PDF file as well.
verify-digest-match = The CV's PDF holds exactly the credential this digest names.
verify-proves = What a signature proves: the holder of that key signed exactly these facts, and nothing was changed since.
verify-cannot = What it cannot prove: that the key belongs to the person or organisation named. Compare its fingerprint with one you get from them directly (their website, a letter, a phone call).

verify-section-languages = Language
verify-section-certificates = Certificate
verify-section-programmes = Programme
verify-section-experience = Work experience
verify-section-activities = Activity

verify-kind-attendance = Attendance confirmed
verify-kind-certificate_seen = Original certificate seen
verify-kind-level_assessed = Levels assessed
verify-kind-work_experience = Work confirmed
verify-kind-programme_result = Programme results confirmed

verify-role-mentor = mentor
verify-role-organiser = organiser
verify-role-teacher = teacher

verify-skill-listening = Listening
verify-skill-reading = Reading
verify-skill-spoken_interaction = Spoken interaction
verify-skill-spoken_production = Spoken production
verify-skill-writing = Writing

verify-assessor-self = self-assessed
verify-assessor-teacher = by a teacher
verify-assessor-exam = exam or certificate
verify-assessor-mentor = by a mentor

verify-issued-by = Issued by { $issuer }
verify-level = Level { $level }
verify-at = at { $employer }
verify-since = since { $start }
verify-from-to = { $start } to { $end }
verify-hours = { $hours } h

verify-error-prefix = this is not a Mosaic CV credential (it should start with MV1: or MVD1:). Was the whole code copied?
verify-error-damaged = the text is damaged: a character is wrong or missing, or it was cut short.
verify-error-signature = the signature does not verify: the credential was forged or changed after it was signed.
verify-error-voucher-damaged = a confirmation of “{ $claim }” does not verify: it was forged or changed.
verify-error-other-portfolio = a confirmation of “{ $claim }” was signed for someone else's portfolio.
verify-error-other-entry = a confirmation of “{ $claim }” was signed for another entry.
verify-error-differs = “{ $claim }” differs from what { $signer } (key { $fingerprint }) confirmed.
verify-error-other-event = the check-in code on “{ $claim }” is for another event.
verify-error-claim-invalid = a claim is damaged or not in the expected form.
verify-error-unknown-voucher = a claim carries a confirmation of an unknown kind.
verify-error-digest-mismatch = the digest in the QR code was signed for another credential than the one in this PDF.
verify-error-no-credential = no Mosaic credential was found in this file.
