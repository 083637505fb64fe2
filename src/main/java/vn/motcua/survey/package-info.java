/**
 * The periodic satisfaction survey (khảo sát, lấy ý kiến mức độ hài lòng): staff record each response (who, when, the
 * dossier if any, a score from 1 to 5 per question). A response is satisfied when its average score is 4 or more.
 * The responses feed the report form {@code KHAO-SAT} (and through it the quarterly narrative) and the Decision 766
 * scorecard as a monitoring figure. The page {@code /khao-sat} lists, records and corrects responses; a response is
 * corrected only until the reporting quarter of its day closes (kỳ báo cáo: 15/12–14/3 …), when its figures are sent.
 * <p>
 * Reads agencies (identity); writes the audit log (corrections). Glossary: phiếu khảo sát = response; người được
 * khảo sát = respondent; hài lòng = satisfied (average score ≥ 4).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Khảo sát mức độ hài lòng")
@org.jspecify.annotations.NullMarked
package vn.motcua.survey;
